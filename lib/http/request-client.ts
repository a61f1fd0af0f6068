import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

/**
 * The client address of the current request (server actions, route
 * handlers), as the custom server established it (client-address.ts).
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
