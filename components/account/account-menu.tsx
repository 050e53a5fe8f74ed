// The header's account entry: the signed-in username (to the account page), or "Sign in".
// The root layout reads the session and passes the name in: a component never reaches the database.
import { NavLink } from "@/components/nav-link";

export function AccountMenu({ username }: { username: string | null }) {
  if (username !== null) {
    return (
      <NavLink href="/account">
        <span className="sr-only">Account: </span>
        {/* A long name is cut short (in full on the account page), so the header keeps to one line. */}
        <span data-testid="account-username" title={username} className="inline-block max-w-12 truncate align-bottom sm:max-w-40">
          {username}
        </span>
      </NavLink>
    );
  }
  return <NavLink href="/signin">Sign in</NavLink>;
}
