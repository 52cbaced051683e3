// Client components here use the whole message catalog.
export { default } from "@/components/layout/full-catalog-layout";
