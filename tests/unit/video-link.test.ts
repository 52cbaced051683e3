import { describe, expect, it } from "vitest";
import { normaliseVideoUrl } from "@/lib/applications/video";

describe("90-second video links", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["  https://vimeo.com/76979871  ", "https://player.vimeo.com/video/76979871"],
    ["https://vimeo.com/76979871/abcdef1234", "https://player.vimeo.com/video/76979871?h=abcdef1234"],
    ["https://player.vimeo.com/video/76979871?h=abcdef1234&autoplay=1", "https://player.vimeo.com/video/76979871?h=abcdef1234"],
    ["https://www.loom.com/share/0281766fa2d04bb788eaf19e65135184", "https://www.loom.com/embed/0281766fa2d04bb788eaf19e65135184"],
    ["https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view?usp=sharing", "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/preview"],
    ["https://www.dailymotion.com/video/x8abc12", "https://www.dailymotion.com/embed/video/x8abc12"],
  ])("normalises %s", (input, embedUrl) => {
    expect(normaliseVideoUrl(input)).toMatchObject({ embedUrl });
  });

  it.each([
    ["not a link", "videoNotUrl"],
    ["javascript:alert(1)", "videoNotUrl"],
    ["ftp://youtube.com/watch?v=dQw4w9WgXcQ", "videoNotUrl"],
    ["https://evil.example/watch?v=dQw4w9WgXcQ", "videoHostNotAllowed"],
    ["https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "videoHostNotAllowed"],
    ["https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ", "videoHostNotAllowed"],
    ["https://www.youtube.com/watch?v=short", "videoNoId"],
    ["https://www.youtube.com/channel/UC123", "videoNoId"],
    ["https://www.loom.com/share/<script>", "videoNoId"],
  ])("refuses %s", (input, error) => {
    expect(normaliseVideoUrl(input)).toBe(error);
  });
});
