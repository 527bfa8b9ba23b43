// The English twin of app/(ja)/causes/page.tsx (lib/locale/en-route.tsx).
import { englishMetadata, englishPage } from "@/lib/locale/en-route";
import JapanesePage, * as japanese from "@/app/(ja)/causes/page";

export const generateMetadata = englishMetadata(japanese.generateMetadata);
export default englishPage(JapanesePage);
