// recharts' own modules that vendor/recharts-report-scale.ts uses, typed by recharts' declarations
declare module 'recharts/es6/state/hooks' {
  export { useAppDispatch } from 'recharts/types/state/hooks';
}
declare module 'recharts/es6/state/layoutSlice' {
  export { setScale } from 'recharts/types/state/layoutSlice';
}
