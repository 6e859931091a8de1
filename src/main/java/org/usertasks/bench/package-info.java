/**
 * The framework ceiling for the benchmark harness ({@code bench/run.sh}): an endpoint
 * that does no work of ours, so every API figure can be read as a share of what Spring
 * Boot itself manages on the same machine in the same run. It exists only when
 * {@code usertasks.bench.ceiling-enabled=true}; a normal start has no such endpoint. Uses
 * Spring only; nothing uses it.
 */
@NullMarked
package org.usertasks.bench;

import org.jspecify.annotations.NullMarked;
