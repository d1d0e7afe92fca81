/**
 * Stands in for d3-time and d3-time-format in the browser build. recharts references every d3 scale,
 * so the time scales' calendars and formats (about 4 KB gzipped) would ship although no chart here
 * has a time axis: periods are categories. Calling any of these is a programming error.
 */
function unused(): never {
  throw new Error('Time scales are not available in this build: chart periods are categories.');
}

export const timeSecond = unused;
export const timeMinute = unused;
export const timeHour = unused;
export const timeDay = unused;
export const timeWeek = unused;
export const timeMonth = unused;
export const timeYear = unused;
export const timeTickInterval = unused;
export const timeTicks = unused;
export const utcSecond = unused;
export const utcMinute = unused;
export const utcHour = unused;
export const utcDay = unused;
export const utcWeek = unused;
export const utcMonth = unused;
export const utcYear = unused;
export const utcTickInterval = unused;
export const utcTicks = unused;
export const timeFormat = unused;
export const utcFormat = unused;
