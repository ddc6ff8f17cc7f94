// build-templates ADDIN_OXT PROFILE OUTDIR
// Builds every registered template workbook in a real Calc that has the
// add-in installed (its formulas name the add-in's functions), and saves
// each as OUTDIR/<file>.ots.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

#include <sys/stat.h>

#include "templates.hxx"

using namespace tokwatt;
using namespace tokwatt::templates;

namespace
{
std::vector<Template>& sorted(std::vector<Template>& all)
{
    std::sort(all.begin(), all.end(),
              [](const Template& a, const Template& b) { return a.file < b.file; });
    return all;
}
}

std::vector<Template>& tokwatt::templates::registry()
{
    static std::vector<Template> all;
    return all;
}

int main(int argc, char** argv)
{
    if (argc != 4)
    {
        std::fprintf(stderr, "usage: build-templates ADDIN_OXT PROFILE OUTDIR\n");
        return 2;
    }
    try
    {
        prepare_profile(argv[2], argv[1], TW_EXTENSION_ID);
        Office office(argv[2]);
        mkdir(argv[3], 0755);
        for (const Template& t : sorted(registry()))
        {
            Book book(office);
            t.build(book);
            book.recalculate();
            const std::string path = std::string(argv[3]) + "/" + t.file + ".ots";
            book.save(path);
            std::printf("built %s\n", path.c_str());
        }
    }
    catch (const css::uno::Exception& e)
    {
        std::fprintf(stderr, "build-templates: %s\n",
                     rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
        return 1;
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr, "build-templates: %s\n", e.what());
        return 1;
    }
    return 0;
}
