"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { uploadLogoAction } from "@/lib/members/actions";
import { LOGO_MAX_BYTES } from "@/lib/members/logo-rules";
import { FileUpload } from "../ui/file-upload";

/** A member's logo for the career pages: PNG, JPEG or WebP. */
export function LogoUpload({ slug, employerId, current }: { slug: string; employerId: string; current: string | null }) {
  const t = useTranslations("members.logo");
  const router = useRouter();
  const [src, setSrc] = useState(current);
  return (
    <div className="space-y-3">
      {src ? <img src={src} alt={t("current")} className="max-h-16" /> : <p className="text-sm text-muted">{t("none")}</p>}
      <FileUpload
        label={t("label")}
        hint={t("hint")}
        accept="image/png,image/jpeg,image/webp"
        maxBytes={LOGO_MAX_BYTES}
        tooLargeKey="validation.logoTooLarge"
        fields={{ employerId }}
        upload={(data) => uploadLogoAction(slug, data)}
        status={null}
        onUploaded={(data) => {
          setSrc(data.src);
          router.refresh();
        }}
      />
    </div>
  );
}
