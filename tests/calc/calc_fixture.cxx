#include "calc_fixture.hxx"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <dirent.h>

namespace tokwatt_test
{
std::vector<std::string> templates_in(const std::string& dir)
{
    std::vector<std::string> files;
    if (DIR* d = opendir(dir.c_str()))
    {
        while (const dirent* e = readdir(d))
        {
            const std::string name = e->d_name;
            if (name.size() > 4 && name.substr(name.size() - 4) == ".ots")
                files.push_back(name);
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end());
    return files;
}

Workbook::Workbook()
    : document_(office().new_spreadsheet())
    , sheet_(document_)
{
}

Workbook::~Workbook()
{
    try
    {
        tokwatt::close(document_);
    }
    catch (const css::uno::Exception&)
    {
        // the office may already be gone; the suite that killed it failed
    }
}

Workbook::Result Workbook::eval(const std::string& formula, const std::string& cell)
{
    sheet_.set(cell, formula);
    sheet_.recalculate();
    return { sheet_.value(cell), sheet_.error(cell), sheet_.text(cell) };
}

std::string command_output(const std::string& command)
{
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    char buffer[4096];
    std::size_t n;
    while (pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0)
        out.append(buffer, n);
    return out;
}

std::string error_name(int code)
{
    switch (code)
    {
        case tokwatt::calc_error::none: return "no error";
        case tokwatt::calc_error::illegal_argument: return "Err:502";
        case tokwatt::calc_error::num: return "#NUM!";
        case tokwatt::calc_error::parameter_expected: return "Err:504";
        case tokwatt::calc_error::value: return "#VALUE!";
        case tokwatt::calc_error::name: return "#NAME?";
        case tokwatt::calc_error::na: return "#N/A";
        default: return "Err:" + std::to_string(code);
    }
}
}
