/** mulberry32: a function that returns the next number in [0, 1) of the sequence for `seed`. */
export function prng(seed: number): () => number;
