// The English twin of app/(ja)/services/[service]/page.tsx (lib/locale/en-route.tsx).
import { englishMetadata, englishPage } from "@/lib/locale/en-route";
import JapanesePage, * as japanese from "@/app/(ja)/services/[service]/page";

export const dynamicParams = false;
export const generateStaticParams = japanese.generateStaticParams;
export const generateMetadata = englishMetadata(japanese.generateMetadata);
export default englishPage(JapanesePage);
