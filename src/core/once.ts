/** A value computed the first time it is asked for, then kept (undefined too): a package, a word list, a restored section. */
export function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}
