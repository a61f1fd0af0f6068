/** Password lengths, readable from the browser (password.ts itself loads the native argon2 binding). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
