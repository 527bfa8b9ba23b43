// The English twin of app/(ja)/page.tsx (lib/locale/en-route.tsx).
import { englishMetadata, englishPage } from "@/lib/locale/en-route";
import JapanesePage, * as japanese from "@/app/(ja)/page";

export const generateMetadata = englishMetadata(japanese.generateMetadata);
export default englishPage(JapanesePage);
