import type { Metadata, ResolvingMetadata } from "next";
import type { ComponentType } from "react";
import { setRequestLocale } from "./index";

/**
 * The English twin of a Japanese route (app/(en)/en/… re-exports app/(ja)/…): the same page, rendered
 * after the request is marked English, so the interface words (lib/ui-text), the catalog (lib/catalog) and
 * every link (lib/web/links) are English. Next's segment options (dynamicParams) must stay literal in each
 * route file; everything else comes from here.
 */
export function englishPage<P extends object>(Page: ComponentType<P>): (props: P) => React.ReactElement {
  function EnglishPage(props: P) {
    setRequestLocale("en");
    return <Page {...props} />;
  }
  EnglishPage.displayName = `English(${Page.displayName ?? Page.name})`;
  return EnglishPage;
}

/** generateMetadata of a Japanese route, in English. */
export function englishMetadata<P>(
  generate: (props: P, parent: ResolvingMetadata) => Metadata | Promise<Metadata>,
): (props: P, parent: ResolvingMetadata) => Metadata | Promise<Metadata> {
  return (props, parent) => {
    setRequestLocale("en");
    return generate(props, parent);
  };
}
