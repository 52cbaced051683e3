import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Owner of the tables: migrations, seeding and the mail worker connect with it. */
  DATABASE_URL: z.string().url(),
  /** The app's own role, which does not own the tables and so is held by row-level security. */
  DATABASE_APP_URL: z.string().url(),
  AUTH_SECRET: z.string().min(32),
  APP_URL: z.string().url().default("http://localhost:3000"),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Kohort <no-reply@kohort.example>"),
  /** First retry delay of a failed mail, doubled per attempt; fractions let fault checks run fast. */
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().positive().default(30),
  /** Lets a production build (e2e tests) keep the dev mailbox; ignored when Resend is configured. */
  ENABLE_DEV_MAILBOX: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** Where uploaded files (CVs) live when no S3 bucket is configured. */
  STORAGE_DIR: z.string().min(1).default(".data/uploads"),
  /** An S3-compatible bucket (AWS, MinIO, Cloudflare R2, Scaleway …): set all four to use it. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("auto"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  /**
   * How many proxies of ours append to X-Forwarded-For in front of the app. 0 (the default): none,
   * so the header is the client's own writing and the connection's address is used instead.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).default(0),
});

export type Env = z.infer<typeof schema>;

/** The variables as the app reads them from `source` (process.env), defaults filled in. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Invalid or missing environment variables: ${fields}. See .env.example.`);
  }
  return parsed.data;
}

const readEnv = () => parseEnv(process.env);

let cached: Env | undefined;

/** Parsed lazily so that `next build` does not need a database URL. */
export const env: Env = new Proxy({} as Env, {
  get(_, key: string) {
    cached ??= readEnv();
    return cached[key as keyof Env];
  },
});

export function devMailboxEnabled(): boolean {
  if (env.RESEND_API_KEY) return false;
  return env.NODE_ENV !== "production" || env.ENABLE_DEV_MAILBOX;
}
