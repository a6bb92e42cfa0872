package dev.rapport.loyalty;

import java.util.Arrays;

/**
 * An immutable map from idempotency key to entry sequence with cheap copies, for {@link
 * PointsLedger}: a hash array mapped trie (32-way nodes indexed by 5 bits of the key's hash, each
 * holding only its present children). {@link #with} copies the path to one leaf, O(log32 n) small
 * arrays, and shares the rest; {@link #get} follows one path. Keys whose hashes are equal share a
 * collision bucket at the bottom. Immutable and thread-safe.
 */
final class KeyIndex {
  private static final KeyIndex EMPTY = new KeyIndex(new Node(0, new Object[0]));
  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;

  /** A key, its sequence and its spread hash. */
  private static final class Leaf {
    final IdempotencyKey key;
    final int hash;
    final int sequence;

    Leaf(IdempotencyKey key, int hash, int sequence) {
      this.key = key;
      this.hash = hash;
      this.sequence = sequence;
    }
  }

  /** An inner node: a bitmap of present children, which are Leaf, Node or Leaf[] (collisions). */
  private static final class Node {
    final int bitmap;
    final Object[] children;

    Node(int bitmap, Object[] children) {
      this.bitmap = bitmap;
      this.children = children;
    }
  }

  private final Node root;

  private KeyIndex(Node root) {
    this.root = root;
  }

  static KeyIndex empty() {
    return EMPTY;
  }

  private static int spread(IdempotencyKey key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  /** Returns the sequence of {@code key}, or -1 if it is absent. */
  int get(IdempotencyKey key) {
    int hash = spread(key);
    Node node = root;
    for (int shift = 0; ; shift += BITS) {
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) == 0) {
        return -1;
      }
      Object child = node.children[Integer.bitCount(node.bitmap & (bit - 1))];
      if (child instanceof Node) {
        node = (Node) child;
      } else if (child instanceof Leaf) {
        Leaf leaf = (Leaf) child;
        return leaf.hash == hash && leaf.key.equals(key) ? leaf.sequence : -1;
      } else {
        for (Leaf leaf : (Leaf[]) child) {
          if (leaf.key.equals(key)) {
            return leaf.sequence;
          }
        }
        return -1;
      }
    }
  }

  /** Returns an index that also maps {@code key}, which must be absent, to {@code sequence}. */
  KeyIndex with(IdempotencyKey key, int sequence) {
    Leaf leaf = new Leaf(key, spread(key), sequence);
    return new KeyIndex(insert(root, leaf, 0));
  }

  private static Node insert(Node node, Leaf leaf, int shift) {
    int bit = 1 << ((leaf.hash >>> shift) & MASK);
    int index = Integer.bitCount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) == 0) {
      Object[] children = new Object[node.children.length + 1];
      System.arraycopy(node.children, 0, children, 0, index);
      children[index] = leaf;
      System.arraycopy(node.children, index, children, index + 1, node.children.length - index);
      return new Node(node.bitmap | bit, children);
    }
    Object child = node.children[index];
    Object replaced;
    if (child instanceof Node) {
      replaced = insert((Node) child, leaf, shift + BITS);
    } else if (child instanceof Leaf) {
      replaced = merge((Leaf) child, leaf, shift + BITS);
    } else {
      Leaf[] bucket = (Leaf[]) child;
      Leaf[] grown = Arrays.copyOf(bucket, bucket.length + 1);
      grown[bucket.length] = leaf;
      replaced = grown;
    }
    Object[] children = node.children.clone();
    children[index] = replaced;
    return new Node(node.bitmap, children);
  }

  /** Returns what holds two leaves that share their hash bits up to {@code shift}. */
  private static Object merge(Leaf a, Leaf b, int shift) {
    if (a.hash == b.hash) {
      return new Leaf[] {a, b};
    }
    int bitA = 1 << ((a.hash >>> shift) & MASK);
    int bitB = 1 << ((b.hash >>> shift) & MASK);
    if (bitA == bitB) {
      return new Node(bitA, new Object[] {merge(a, b, shift + BITS)});
    }
    Object[] children =
        Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a};
    return new Node(bitA | bitB, children);
  }
}
