import Link from "next/link";
import { UI } from "@/lib/ui-text";

export default function NotFound() {
  return (
    <>
      <h1>{UI.notFound.title}</h1>
      <p>{UI.notFound.body}</p>
      <p>
        <Link href="/">{UI.notFound.backHome}</Link>
      </p>
    </>
  );
}
