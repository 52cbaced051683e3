const URL_PATTERN = /(https?:\/\/[^\s)\]]+)/g;

/** An email's plain text with its links made clickable (text is never parsed as HTML). */
export function MailText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="mt-2 whitespace-pre-wrap break-all text-sm">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
