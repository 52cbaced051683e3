import { VideoEmbed } from "../applications/video-embed";

/**
 * An application's video as reviewers and the applicant see it: a recorded take plays from our own
 * route, which checks who asks on every range request (decision 0047); a link plays embedded from
 * its host, as before. The applicant's written summary follows, as the video's text alternative.
 */
export function ApplicationVideo({ slug, application, title, summaryLabel }: {
  slug: string;
  application: { id: string; videoUrl: string | null; videoFileKey: string | null; videoSummary: string | null };
  title: string;
  summaryLabel: string;
}) {
  return (
    <div className="space-y-2">
      {application.videoFileKey ? (
        <video
          controls
          playsInline
          preload="metadata"
          src={`/api/c/${slug}/applications/${application.id}/video`}
          aria-label={title}
          className="aspect-video w-full max-w-xl rounded-md bg-slate-900"
        />
      ) : (
        <VideoEmbed url={application.videoUrl} title={title} />
      )}
      {application.videoSummary ? (
        <div className="text-sm">
          <p className="font-medium">{summaryLabel}</p>
          <p className="whitespace-pre-wrap">{application.videoSummary}</p>
        </div>
      ) : null}
    </div>
  );
}
