"use client";

import { useMemo, useSyncExternalStore } from "react";

// The address changes under a page by back and forward; Next's own navigations render the page again,
// which reads it anew.
const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};
const addressSearch = () => window.location.search;
const onServer = () => null;

/**
 * The query of the page's address, as the browser has it; null on the server and while the page
 * hydrates, so the first render is the prerendered one. For the static export, whose server never sees
 * ?q. Read during render: no effect copies it into state.
 */
export function useAddressParams(): URLSearchParams | null {
  const search = useSyncExternalStore(subscribe, addressSearch, onServer);
  return useMemo(() => (search === null ? null : new URLSearchParams(search)), [search]);
}
