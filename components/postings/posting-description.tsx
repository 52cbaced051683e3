import { postingHtml } from "@/lib/postings/markdown";

/** A posting's description with its simple formatting (lib/postings/markdown.ts: raw HTML off). */
export function PostingDescription({ text, className = "" }: { text: string; className?: string }) {
  return <div className={`rich-text ${className}`} dangerouslySetInnerHTML={{ __html: postingHtml(text) }} />;
}
