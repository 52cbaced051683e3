import { Body, Button, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface EmailLayoutProps {
  lang: string;
  preview: string;
  heading: string;
  children: ReactNode;
  action?: { label: string; href: string };
  footer: string;
}

export function EmailLayout({ lang, preview, heading, children, action, footer }: EmailLayoutProps) {
  return (
    <Html lang={lang}>
      {/* Mail clients show the title when a message is opened on its own or printed; screen readers read it first. */}
      <Head>
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "Helvetica, Arial, sans-serif", color: "#1f2933" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "32px", maxWidth: "560px", borderRadius: "8px" }}>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {heading}
          </Heading>
          {children}
          {action ? (
            <Button
              href={action.href}
              style={{ backgroundColor: "#1d4ed8", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
            >
              {action.label}
            </Button>
          ) : null}
          {action ? <Text style={{ fontSize: "13px", wordBreak: "break-all" }}>{action.href}</Text> : null}
          <Text style={{ fontSize: "12px", color: "#52606d" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
