import { VIDEO_EMBED_ORIGINS } from "@/lib/applications/video";

/**
 * The application video, played in place; only embed URLs from the allowed hosts are framed.
 * Anything else (a link stored before links were normalised) is offered as a plain link.
 */
export function VideoEmbed({ url, title }: { url: string | null; title: string }) {
  if (!url) return null;
  if (!VIDEO_EMBED_ORIGINS.some((origin) => url.startsWith(`${origin}/`))) {
    return url.startsWith("https://") ? (
      <a href={url} rel="noopener noreferrer" target="_blank" className="text-sm text-brand-700 underline">{title}</a>
    ) : null;
  }
  return (
    <div className="aspect-video w-full max-w-xl overflow-hidden rounded-md bg-slate-900">
      <iframe
        src={url}
        title={title}
        className="h-full w-full"
        allow="encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        loading="lazy"
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
      />
    </div>
  );
}
