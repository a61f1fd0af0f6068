/** The values of a Prisma enum object as a zod-ready tuple (`z.enum(enumValues(ActionStatus))`). */
export function enumValues<T extends Record<string, string>>(e: T): [T[keyof T], ...T[keyof T][]] {
  return Object.values(e) as [T[keyof T], ...T[keyof T][]];
}
