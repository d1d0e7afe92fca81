/** The request itself is wrong (not the data): exit status 2. */
export class UsageError extends Error {}
