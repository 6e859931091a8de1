package org.usertasks.system;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for the service's background work (webhook delivery, the event
 * stream, reminders), so that they show up by name in thread dumps and never keep the JVM
 * alive.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/** Threads named {@code name-1}, {@code name-2}... */
	public static ThreadFactory named(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
