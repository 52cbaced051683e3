// Shared page metadata. A page that sets its own `openGraph` replaces the layout's whole object, so
// pages with their own link preview add this image themselves.

/** The link-preview picture of pages without one of their own (public/og-image.png, 1200 × 630). */
export const DEFAULT_PREVIEW_IMAGE = { url: "/og-image.png", width: 1200, height: 630, alt: "Kohort" };
