import { normaliseVideoUrl } from "@/lib/applications/video";

/**
 * The application video, played in place. The link is stored as the applicant pasted it; only
 * its embed URL on an allowed host is framed (the CSP allows no other). A link that names no
 * video of an allowed host is offered as a plain link, if it is https.
 */
export function VideoEmbed({ url, title }: { url: string | null; title: string }) {
  if (!url) return null;
  const video = normaliseVideoUrl(url);
  if (typeof video === "string") {
    return url.startsWith("https://") ? (
      <a href={url} rel="noopener noreferrer" target="_blank" className="text-sm text-brand-700 underline">{title}</a>
    ) : null;
  }
  return (
    <div className="aspect-video w-full max-w-xl overflow-hidden rounded-md bg-slate-900">
      <iframe
        src={video.embedUrl}
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
