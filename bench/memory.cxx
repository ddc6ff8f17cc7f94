// Scenario 5 of bench-calc: peak memory (memory.hxx).
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <dirent.h>

#include "memory.hxx"

namespace bench
{
// The soffice.bin of the office running on this profile (soffice is a
// script that starts oosplash, which starts soffice.bin).
pid_t soffice_bin_pid(const std::string& profile_abs)
{
    const std::string want = "-env:UserInstallation=file://" + profile_abs;
    DIR* proc = opendir("/proc");
    if (!proc)
        return -1;
    pid_t found = -1;
    while (dirent* e = readdir(proc))
    {
        const pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
        if (pid <= 0)
            continue;
        std::ifstream in("/proc/" + std::string(e->d_name) + "/cmdline");
        std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::vector<std::string> args;
        std::stringstream ss(all);
        for (std::string a; std::getline(ss, a, '\0');)
            args.push_back(a);
        if (args.empty() || args[0].size() < 11
            || args[0].compare(args[0].size() - 11, 11, "soffice.bin") != 0)
            continue;
        if (std::find(args.begin(), args.end(), want) != args.end())
            found = pid;
    }
    closedir(proc);
    return found;
}

MemoryStatus memory_status(pid_t pid)
{
    MemoryStatus m;
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);)
    {
        if (line.rfind("VmHWM:", 0) == 0)
            m.hwm_kb = std::atol(line.c_str() + 6);
        else if (line.rfind("VmRSS:", 0) == 0)
            m.rss_kb = std::atol(line.c_str() + 6);
    }
    return m;
}

MemoryResult measure_memory(const std::string& profile, const std::string& profile_abs,
                            const Inputs& inputs, const std::string& label,
                            const std::string& local_template)
{
    MemoryResult m;
    m.label = label;
    tokwatt::Office office(profile);
    const pid_t pid = soffice_bin_pid(profile_abs);
    if (pid <= 0)
    {
        m.problem = "soffice.bin not found";
        return m;
    }
    std::string api;
    {
        Translator t(office);
        api = t.api(local_template);
    }
    m.base = memory_status(pid);
    Book book(office, inputs);
    m.inputs = memory_status(pid);
    book.set_column(out_column, api);
    m.filled = memory_status(pid);
    book.recalc_seconds();
    if (book.cell(out_column, book.rows() - 1)->getError() != 0)
        m.problem = "error in the last row";
    m.loaded = memory_status(pid);
    return m;
}
}
