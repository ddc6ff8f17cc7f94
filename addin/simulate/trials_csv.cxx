#include "trials_csv.hxx"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include <osl/file.hxx>

#include "../common/strings.hxx"
#include "report.hxx"

namespace tokwatt::simulate
{
namespace
{
std::string field(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void put_number(std::string& line, double x)
{
    if (std::isnan(x))
        return;
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, x);
    line.append(text, written.ptr);
}
}

void write_trials_csv(const Results& r, const rtl::OUString& url)
{
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(url, system_path) != osl::FileBase::E_None)
        throw std::runtime_error("the trials' CSV needs a file: " + to_utf8(url));
    const std::string path = to_utf8(system_path), partial = path + ".partial";
    const std::string cannot = "cannot write the trials' CSV " + path;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error(cannot);
        std::string line;
        for (const std::string& name : trial_header(r))
            line += (line.empty() ? "" : ",") + field(name);
        out << line << '\n';
        for (std::size_t i = 0; i < r.trials; ++i)
        {
            line = std::to_string(i + 1);
            for (const auto* columns : { &r.inputs, &r.outputs })
                for (const auto& column : *columns)
                {
                    line += ',';
                    put_number(line, column[i]);
                }
            out << line << '\n';
        }
        out.close();
        if (!out)
        {
            std::remove(partial.c_str());
            throw std::runtime_error(cannot);
        }
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0)
    {
        std::remove(partial.c_str());
        throw std::runtime_error(cannot);
    }
}
}
