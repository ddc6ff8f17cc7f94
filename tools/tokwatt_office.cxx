// tokwatt-office: drives a real LibreOffice for `make run` and `make install`.
//
//   tokwatt-office run OXT PROFILE OUTDIR
//       installs OXT into the isolated PROFILE, computes the essay's numbers
//       with the add-in in a new workbook, prints them beside the essay's,
//       saves OUTDIR/essay-defaults.ods, and opens it in a Calc window when
//       a display is present.
//   tokwatt-office install OXT [PROFILE]
//       installs OXT into PROFILE (default: your own LibreOffice profile).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/stat.h>

#include "essay_checks.hxx"
#include "office.hxx"
#include "sheet.hxx"

extern char** environ;

using namespace tokwatt;

namespace
{
std::string cell(char column, std::size_t row) { return column + std::to_string(row); }

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// Writes the essay's checks and its cohort table into sheet; returns the
// number of figures that do not match the essay.
int fill_and_report(Sheet& sheet)
{
    sheet.set_text("A1", "tokwatt: the essay's numbers computed by the add-in");
    sheet.set_text("A2", "Source: \"Counting piano tuners, counting tokens\"; defaults: "
                         "50/50 H100/B200 fleet, PUE 1.4, realistic cache profile.");
    const char* header[] = { "Quantity", "Formula", "Result (SI)", "Result", "Essay prints",
                             "Unit", "Matches" };
    for (int c = 0; c < 7; ++c)
        sheet.set_text(cell(static_cast<char>('A' + c), 4), header[c]);

    std::size_t row = 5;
    for (std::size_t i = 0; i < essay_check_count; ++i, ++row)
    {
        const EssayCheck& check = essay_checks[i];
        sheet.set_text(cell('A', row), check.quantity);
        sheet.set_text(cell('B', row), check.formula);
        sheet.set(cell('C', row), check.formula);
        sheet.set(cell('D', row), "=" + cell('C', row) + "/" + number(check.unit_in_si));
        sheet.set_text(cell('E', row), check.printed);
        sheet.set_text(cell('F', row), check.unit);
    }

    const std::size_t cohort_title = row + 1, cohort_first = row + 3;
    sheet.set_text(cell('A', cohort_title),
                   "The essay's \"At scale\" table: =COHORT(B" + std::to_string(cohort_first)
                       + ":B" + std::to_string(cohort_first + essay_cohort_count - 1)
                       + ";53E3), P_user rounded to 53 kW as the essay does");
    const char* cohort_header[] = { "Cohort", "Users", "P_pop (W)", "vs US electricity",
                                    "K_1", "Essay prints", "Unit" };
    for (int c = 0; c < 7; ++c)
        sheet.set_text(cell(static_cast<char>('A' + c), cohort_first - 1), cohort_header[c]);
    for (std::size_t i = 0; i < essay_cohort_count; ++i)
    {
        sheet.set_text(cell('A', cohort_first + i), essay_cohorts[i].cohort);
        sheet.set(cell('B', cohort_first + i), essay_cohorts[i].users);
        sheet.set_text(cell('F', cohort_first + i), essay_cohorts[i].printed);
        sheet.set_text(cell('G', cohort_first + i), essay_cohorts[i].unit);
    }
    const std::size_t cohort_last = cohort_first + essay_cohort_count - 1;
    sheet.set_array(cell('C', cohort_first) + ":" + cell('E', cohort_last),
                    "=COHORT(B" + std::to_string(cohort_first) + ":B"
                        + std::to_string(cohort_last) + ";" + number(essay_cohort_p_user_w)
                        + ")");

    sheet.recalculate();

    int mismatches = 0;
    std::printf("\n%-34s %12s %10s %-9s %-8s %s\n", "Quantity", "tokwatt", "essay", "unit", "",
                "formula");
    for (std::size_t i = 0; i < essay_check_count; ++i)
    {
        const EssayCheck& check = essay_checks[i];
        const std::size_t r = 5 + i;
        const bool ok = sheet.error(cell('C', r)) == calc_error::none
                        && matches_printed(sheet.value(cell('C', r)), check.printed,
                                           check.unit_in_si);
        sheet.set(cell('G', r), ok ? "=TRUE()" : "=FALSE()");
        mismatches += !ok;
        std::printf("%-34s %12s %10s %-9s %-8s %s\n", check.quantity,
                    number(sheet.value(cell('D', r))).c_str(), check.printed, check.unit,
                    ok ? "matches" : "DIFFERS", check.formula);
    }
    std::printf("\nAt scale: =COHORT(users; 53E3), P_user rounded to 53 kW as in the essay\n"
                "%-16s %10s %12s %11s %11s %s\n",
                "Cohort", "users", "P_pop (W)", "vs US grid", "K_1", "essay prints P_pop");
    for (std::size_t i = 0; i < essay_cohort_count; ++i)
    {
        const EssayCohort& c = essay_cohorts[i];
        const std::size_t r = cohort_first + i;
        const bool ok = sheet.error(cell('C', r)) == calc_error::none
                        && matches_printed(sheet.value(cell('C', r)), c.printed, c.unit_in_si);
        mismatches += !ok;
        std::printf("%-16s %10s %12s %11s %11s %s %s %s\n", c.cohort, number(c.users).c_str(),
                    number(sheet.value(cell('C', r))).c_str(),
                    number(sheet.value(cell('D', r))).c_str(),
                    number(sheet.value(cell('E', r))).c_str(), c.printed, c.unit,
                    ok ? "matches" : "DIFFERS");
    }
    sheet.fit_columns(7, 65);
    return mismatches;
}

void open_window(const std::string& profile, const std::string& path)
{
    std::vector<std::string> args
        = { "/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=" + file_url(profile),
            "--norestore", "--nologo", path };
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0)
        std::printf("Opened %s in a Calc window.\n", path.c_str());
}

int run(const std::string& oxt, const std::string& profile, const std::string& out_dir)
{
    std::printf("Installing %s into the isolated profile %s ...\n", oxt.c_str(),
                profile.c_str());
    prepare_profile(profile, oxt, TW_EXTENSION_ID);
    mkdir(out_dir.c_str(), 0755);
    const std::string path = out_dir + "/essay-defaults.ods";
    int mismatches;
    {
        Office office(profile);
        auto document = office.new_spreadsheet();
        Sheet sheet(document, "Essay defaults");
        mismatches = fill_and_report(sheet);
        save_as(document, path);
        close(document);
    }
    std::printf("\nSaved the recalculated workbook: %s\n", path.c_str());
    std::printf("%s\n", mismatches ? "Some figures differ from the essay (see above)."
                                   : "Every figure matches the essay to its printed precision.");
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        open_window(profile, path);
    return mismatches ? 1 : 0;
}

int install(const std::string& oxt, std::string profile)
{
    if (profile.empty())
    {
        const char* home = std::getenv("HOME");
        if (!home)
            throw std::runtime_error("HOME is not set: name the profile directory");
        profile = std::string(home) + "/.config/libreoffice/4";
    }
    std::printf("Installing %s into %s (close LibreOffice first) ...\n", oxt.c_str(),
                profile.c_str());
    prepare_profile(profile, oxt, TW_EXTENSION_ID);
    std::printf("Installed. Start LibreOffice Calc and type =EEFF(ETOK()).\n");
    return 0;
}
}

int main(int argc, char** argv)
{
    const std::string command = argc > 1 ? argv[1] : "";
    try
    {
        if (command == "run" && argc == 5)
            return run(argv[2], argv[3], argv[4]);
        if (command == "install" && (argc == 3 || argc == 4))
            return install(argv[2], argc == 4 ? argv[3] : "");
    }
    catch (const css::uno::Exception& e)
    {
        std::fprintf(stderr, "tokwatt-office: %s\n",
                     rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
        return 1;
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr, "tokwatt-office: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: tokwatt-office run OXT PROFILE OUTDIR\n"
                         "       tokwatt-office install OXT [PROFILE]\n");
    return 2;
}
