// React's scheduler (the one react-dom runs its concurrent work on): the one function used here
declare module 'scheduler' {
  /** how long concurrent rendering works before it yields: 1000 / fps ms (0 restores 5 ms) */
  export function unstable_forceFrameRate(fps: number): void;
}
