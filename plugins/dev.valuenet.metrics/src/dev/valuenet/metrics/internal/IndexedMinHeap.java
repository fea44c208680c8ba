package dev.valuenet.metrics.internal;

/**
 * Four-ary min-heap of node ids keyed by an external {@code double[]} (the tentative distances of
 * a Dijkstra search), with decrease-key. One instance per worker thread, reused for every source:
 * {@link #poll()} empties it, so no reset is needed between searches.
 *
 * <p>Chosen over a heap of (distance, node) pairs with lazy deletion because it never holds more
 * than {@code n} entries and allocates nothing per search; four children per node instead of two
 * halve the depth, and Dijkstra does more decrease-keys (sift up) than polls.
 */
public final class IndexedMinHeap {

	private final int[] heap;
	private final int[] position;
	private final double[] key;
	private int size;

	/**
	 * @param key the keys, indexed by node id; the caller lowers {@code key[v]} before calling
	 *            {@link #offer(int)} for {@code v}
	 */
	public IndexedMinHeap(double[] key) {
		this.key = key;
		this.heap = new int[key.length];
		this.position = new int[key.length];
		java.util.Arrays.fill(position, -1);
	}

	/** @return whether the heap holds no node */
	public boolean isEmpty() {
		return size == 0;
	}

	/** Inserts {@code v}, or restores the heap order after its key was lowered. */
	public void offer(int v) {
		int i = position[v];
		if (i < 0) {
			i = size++;
			heap[i] = v;
			position[v] = i;
		}
		siftUp(i);
	}

	/** Removes and returns the node with the smallest key. */
	public int poll() {
		int top = heap[0];
		position[top] = -1;
		size--;
		if (size > 0) {
			int last = heap[size];
			heap[0] = last;
			position[last] = 0;
			siftDown(0);
		}
		return top;
	}

	private void siftUp(int i) {
		int v = heap[i];
		double k = key[v];
		while (i > 0) {
			int parent = (i - 1) >>> 2;
			int p = heap[parent];
			if (key[p] <= k) {
				break;
			}
			heap[i] = p;
			position[p] = i;
			i = parent;
		}
		heap[i] = v;
		position[v] = i;
	}

	private void siftDown(int i) {
		int v = heap[i];
		double k = key[v];
		while (true) {
			int first = 4 * i + 1;
			if (first >= size) {
				break;
			}
			int best = first;
			double bestKey = key[heap[first]];
			for (int c = first + 1, last = Math.min(first + 4, size); c < last; c++) {
				double ck = key[heap[c]];
				if (ck < bestKey) {
					best = c;
					bestKey = ck;
				}
			}
			if (k <= bestKey) {
				break;
			}
			int b = heap[best];
			heap[i] = b;
			position[b] = i;
			i = best;
		}
		heap[i] = v;
		position[v] = i;
	}
}
