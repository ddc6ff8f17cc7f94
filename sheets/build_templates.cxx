// build-templates ADDIN_OXT PROFILE OUTDIR
// Builds every registered template workbook in a real Calc that has the
// add-in installed (its formulas name the add-in's functions), and saves
// each as OUTDIR/<file>.ots.
//
// The office runs in en-US whatever the builder's locale: its profile is
// set to en-US (UI, locale, default document language, the formula syntax
// the toolkit types: en-US function names, ';' between arguments, '.' in
// numbers, A1 references) before it first starts, and it is started with
// LC_ALL=C.UTF-8. Otherwise a builder in de_DE gets decimal commas in
// formulas (0.005 does not parse), WAHR for TRUE, centimetres for inches
// and German as the documents' language (make check: test-templates-locale).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <stdexcept>
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

// The profile's user settings, written before the office first starts.
const char* const en_us_settings = R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="DecimalSeparatorAsLocale" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="Grammar" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="EnglishFunctionName" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="SeparatorArg" oor:op="fuse"><value>;</value></prop></item>
</oor:items>
)";

void pin_en_us(const std::string& profile)
{
    mkdir(profile.c_str(), 0700);
    mkdir((profile + "/user").c_str(), 0700);
    std::ofstream out(profile + "/user/registrymodifications.xcu");
    out << en_us_settings;
    if (!out.flush())
        throw std::runtime_error("cannot write the settings of the profile " + profile);
    setenv("LC_ALL", "C.UTF-8", 1);
    unsetenv("LANGUAGE");
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
        pin_en_us(argv[2]);
        prepare_profile(argv[2], argv[1], TW_EXTENSION_ID);
        Office office(argv[2]);
        mkdir(argv[3], 0755);
        for (const Template& t : sorted(registry()))
        {
            Book book(office);
            t.build(book);
            book.title(t.title); // the Template Manager lists it by its title
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
