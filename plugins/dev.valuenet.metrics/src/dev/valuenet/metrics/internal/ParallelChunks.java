package dev.valuenet.metrics.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits an index range into a fixed number of contiguous chunks and lets a few
 * worker threads pull them. The chunking depends only on the range and the chunk
 * count, never on the thread count, so a caller that keeps one result per chunk
 * and combines them in chunk order gets bit-identical output for any number of
 * threads.
 */
public final class ParallelChunks {

	/** Work on one chunk {@code [from, to)}. */
	@FunctionalInterface
	public interface ChunkTask {
		void run(int chunk, int from, int to);
	}

	private ParallelChunks() {
	}

	/** @return the default worker count: the available processors */
	public static int defaultThreads() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	/** @return start of chunk {@code c} when {@code [0,n)} is cut into {@code chunks} pieces */
	public static int chunkStart(int n, int chunks, int c) {
		return (int) ((long) n * c / chunks);
	}

	/**
	 * Runs {@code task} on every chunk of {@code [0,n)}. Returns when all chunks
	 * are done; rethrows the first failure of a worker.
	 *
	 * @throws CancellationException if the calling thread is interrupted (the
	 *                               workers are interrupted too)
	 */
	public static void run(int n, int chunks, int threads, ChunkTask task) {
		if (chunks <= 0 || n == 0) {
			return;
		}
		int workers = Math.min(threads, chunks);
		if (workers <= 1) {
			for (int c = 0; c < chunks; c++) {
				task.run(c, chunkStart(n, chunks, c), chunkStart(n, chunks, c + 1));
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Runnable body = () -> {
			int c;
			while (failure.get() == null && !Thread.currentThread().isInterrupted()
					&& (c = next.getAndIncrement()) < chunks) {
				try {
					task.run(c, chunkStart(n, chunks, c), chunkStart(n, chunks, c + 1));
				} catch (Throwable t) {
					failure.compareAndSet(null, t);
				}
			}
		};
		Thread[] pool = new Thread[workers - 1];
		for (int i = 0; i < pool.length; i++) {
			pool[i] = new Thread(body, "valuenet-metrics-" + i);
			pool[i].setDaemon(true);
			pool[i].start();
		}
		body.run();
		try {
			for (Thread t : pool) {
				t.join();
			}
		} catch (InterruptedException e) {
			for (Thread t : pool) {
				t.interrupt();
			}
			Thread.currentThread().interrupt();
			throw new CancellationException("metrics computation interrupted");
		}
		Throwable t = failure.get();
		if (t instanceof RuntimeException re) {
			throw re;
		}
		if (t instanceof Error err) {
			throw err;
		}
		if (t != null) {
			throw new IllegalStateException(t);
		}
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("metrics computation interrupted");
		}
	}
}
