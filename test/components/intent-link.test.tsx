// IntentLink leaves prefetching off until the learner points at, touches or focuses the link; then
// it hands the link back to Next's default prefetch. Next's Link is replaced by a stand-in that
// shows the prefetch setting it was given (jsdom has no router).
import { fireEvent, render, screen } from "@testing-library/react";
import type { ComponentProps } from "react";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/link", () => ({
  default: ({ prefetch, href, ...props }: ComponentProps<"a"> & { prefetch?: boolean | null; href: string }) => (
    <a href={href} data-prefetch={String(prefetch)} {...props} />
  ),
}));

import { IntentLink } from "@/components/intent-link";

describe("IntentLink", () => {
  it("does not prefetch a link that is only on screen", () => {
    render(<IntentLink href="/practice">Practice</IntentLink>);
    expect(screen.getByRole("link", { name: "Practice" }).dataset.prefetch).toBe("false");
  });

  it.each([
    ["the pointer", (link: HTMLElement) => fireEvent.pointerEnter(link)],
    ["a touch", (link: HTMLElement) => fireEvent.touchStart(link)],
    ["keyboard focus", (link: HTMLElement) => fireEvent.focus(link)],
  ])("prefetches once %s shows intent, and still calls the page's own handler", (_, show) => {
    const onPointerEnter = vi.fn();
    const onTouchStart = vi.fn();
    const onFocus = vi.fn();
    render(
      <IntentLink href="/study" onPointerEnter={onPointerEnter} onTouchStart={onTouchStart} onFocus={onFocus}>
        Study
      </IntentLink>,
    );
    const link = screen.getByRole("link", { name: "Study" });
    show(link);
    expect(link.dataset.prefetch).toBe("null");
    expect(onPointerEnter.mock.calls.length + onTouchStart.mock.calls.length + onFocus.mock.calls.length).toBe(1);
  });
});
