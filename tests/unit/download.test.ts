import { describe, expect, it, vi } from "vitest";
import { downloadFailure, downloadResponse } from "@/lib/server/download";
import { AppError } from "@/lib/server/errors";

describe("private downloads", () => {
  it("are attachments that are never cached or sniffed, with the name in UTF-8", async () => {
    const response = downloadResponse("%PDF-", "application/pdf", "Åsa Öberg CV.pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"%C3%85sa%20%C3%96berg%20CV.pdf\"; filename*=UTF-8''%C3%85sa%20%C3%96berg%20CV.pdf",
    );
    expect(await response.text()).toBe("%PDF-");
  });

  it("fail as 401, 404 or an empty 500 — never with the error's text", async () => {
    expect(downloadFailure(new AppError("unauthenticated")).status).toBe(401);
    expect(downloadFailure(new AppError("forbidden")).status).toBe(404);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failed = downloadFailure(new Error("connection to 10.0.0.3 refused"));
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe("");
    log.mockRestore();
  });
});
