"""Summarises `jfr print --events jdk.ExecutionSample` (read from stdin): the methods with the most samples on top of
the stack (own time), and the share of samples passing through frames of interest (inclusive time)."""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
own = collections.Counter()
through = collections.Counter()
samples = 0
stack = []


def finish(stack):
    global samples
    if not stack:
        return
    samples += 1
    own[stack[0]] += 1
    for method in set(stack):
        through[method] += 1


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        finish(stack)
        stack = []
        continue
    match = FRAME.match(line)
    if match:
        stack.append(match.group(1))
finish(stack)

print(f"{samples} samples")
print("\nown time (top of the stack):")
for method, n in own.most_common(25):
    print(f"{100 * n / samples:5.1f}%  {method}")
print("\nthrough (inclusive), our code and the framework's main stages:")
interesting = re.compile(r"^(org\.usertasks\.|org\.springframework\.(security|session|jdbc|web|http\.converter)|"
                         r"tools\.jackson|com\.zaxxer|org\.h2\.|org\.postgresql\.|io\.micrometer|org\.apache\.catalina"
                         r"\.connector\.CoyoteAdapter\.service)")
for method, n in through.most_common(400):
    if interesting.match(method) and n / samples >= 0.02:
        print(f"{100 * n / samples:5.1f}%  {method}")
