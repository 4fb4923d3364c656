import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localePath } from "@/lib/i18n/locales";

export default async function NotFound() {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="text-slate-600">{t("notFound.body")}</p>
      <a className="text-indigo-700 underline" href={localePath(isLocale(locale) ? locale : "en", "/")}>
        {t("notFound.home")}
      </a>
    </div>
  );
}
