// What the sign-in and sign-up actions send back to their form: the messages, and the username
// as typed, so it stays on screen (the password never comes back).
import type { FieldErrors } from "@/lib/auth/credentials";

export interface CredentialsState {
  message: string | null;
  fieldErrors: FieldErrors;
  username: string;
}

export const INITIAL_CREDENTIALS_STATE: CredentialsState = { message: null, fieldErrors: {}, username: "" };
