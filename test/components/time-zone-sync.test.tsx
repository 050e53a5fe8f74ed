// TimeZoneSync reads the zone in a throwaway worker (off the main thread) and stores it in the
// ll_tz cookie; it falls back to reading it on the page when a worker cannot run, and refreshes
// the page only when asked to and only when the server rendered it for another zone.
import { render, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

import { TimeZoneSync } from "@/components/progress/time-zone-sync";

/** A stand-in for the browser's Worker: answers with `zone`, or fails when `zone` is null. */
function fakeWorker(zone: string | null) {
  const created: { terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
    onerror: (() => void) | null = null;
    terminated = false;
    constructor() {
      created.push(this);
      queueMicrotask(() => {
        if (zone === null) this.onerror?.();
        else this.onmessage?.(new MessageEvent("message", { data: zone }));
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  return { FakeWorker, created };
}

function zoneCookie(): string | undefined {
  const entry = document.cookie.split("; ").find((part) => part.startsWith("ll_tz="));
  return entry && decodeURIComponent(entry.slice("ll_tz=".length));
}

const pageZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe("TimeZoneSync", () => {
  beforeEach(() => {
    document.cookie = "ll_tz=; path=/; max-age=0";
    refresh.mockReset();
    // jsdom has no blob URLs.
    URL.createObjectURL = vi.fn(() => "blob:zone");
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("stores the zone the worker reads, ends the worker and refreshes when asked", async () => {
    const { FakeWorker, created } = fakeWorker("Pacific/Auckland");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh />);
    await waitFor(() => expect(zoneCookie()).toBe("Pacific/Auckland"));
    expect(created).toHaveLength(1);
    expect(created[0]?.terminated).toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("leaves an unchanged cookie alone and does not refresh", async () => {
    document.cookie = `ll_tz=${encodeURIComponent("America/Argentina/Buenos_Aires")}; path=/`;
    const { FakeWorker, created } = fakeWorker("America/Argentina/Buenos_Aires");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh />);
    await waitFor(() => expect(created[0]?.terminated).toBe(true));
    expect(zoneCookie()).toBe("America/Argentina/Buenos_Aires");
    expect(refresh).not.toHaveBeenCalled();
  });

  it("does not refresh a first visit in UTC: the server already counted days in UTC", async () => {
    const { FakeWorker } = fakeWorker("UTC");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh />);
    await waitFor(() => expect(zoneCookie()).toBe("UTC"));
    expect(refresh).not.toHaveBeenCalled();
  });

  it("refreshes when a stored zone changes to UTC", async () => {
    document.cookie = `ll_tz=${encodeURIComponent("Europe/Paris")}; path=/`;
    const { FakeWorker } = fakeWorker("UTC");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh />);
    await waitFor(() => expect(zoneCookie()).toBe("UTC"));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("does not refresh when the page was rendered in the browser's zone (renderedIn), though the cookie changes", async () => {
    document.cookie = `ll_tz=${encodeURIComponent("Europe/Paris")}; path=/`;
    const { FakeWorker } = fakeWorker("Asia/Tokyo");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh renderedIn="Asia/Tokyo" />);
    await waitFor(() => expect(zoneCookie()).toBe("Asia/Tokyo"));
    expect(refresh).not.toHaveBeenCalled();
  });

  it("refreshes when the page was rendered in another zone (renderedIn)", async () => {
    const { FakeWorker } = fakeWorker("Asia/Tokyo");
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync refresh renderedIn="UTC" />);
    await waitFor(() => expect(zoneCookie()).toBe("Asia/Tokyo"));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("reads the zone on the page when the worker fails", async () => {
    const { FakeWorker } = fakeWorker(null);
    vi.stubGlobal("Worker", FakeWorker);
    render(<TimeZoneSync />);
    await waitFor(() => expect(zoneCookie()).toBe(pageZone));
    expect(refresh).not.toHaveBeenCalled();
  });

  it("reads the zone on the page where there are no workers", async () => {
    vi.stubGlobal("Worker", undefined);
    render(<TimeZoneSync />);
    await waitFor(() => expect(zoneCookie()).toBe(pageZone));
  });

  it("ignores a worker that answers after the page has gone", async () => {
    const { FakeWorker, created } = fakeWorker("Asia/Kolkata");
    vi.stubGlobal("Worker", FakeWorker);
    const { unmount } = render(<TimeZoneSync refresh />);
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created[0]?.terminated).toBe(true);
    expect(zoneCookie()).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
  });
});
