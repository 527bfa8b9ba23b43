import Link from "next/link";
import { diagnoseHref } from "@/lib/links";
import { UI } from "@/lib/ui-text";

export default function NotFound() {
  return (
    <>
      <h1>{UI.notFound.title}</h1>
      <p>{UI.notFound.body}</p>
      <p>
        <Link href="/">{UI.notFound.backHome}</Link>
      </p>
      <p>
        <Link href={diagnoseHref()}>{UI.wizard.notFoundRestart}</Link>
      </p>
    </>
  );
}
