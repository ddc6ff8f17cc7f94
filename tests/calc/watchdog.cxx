// The hang guard of the long end-to-end tests (watchdog.hxx).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <dirent.h>
#include <unistd.h>

#include "watchdog.hxx"

namespace tokwatt_test
{
namespace
{
// Ends the processes this test binary started (the office runs in its own
// process group, led by the process Office spawned).
void end_child_processes()
{
    const long me = static_cast<long>(getpid());
    DIR* proc = opendir("/proc");
    if (!proc)
        return;
    while (const dirent* entry = readdir(proc))
    {
        char* end;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (*end || pid <= 0)
            continue;
        std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
        std::string line;
        std::getline(stat, line);
        const auto paren = line.rfind(')');
        if (paren == std::string::npos)
            continue;
        std::istringstream rest(line.substr(paren + 1));
        char state;
        long ppid;
        if (rest >> state >> ppid && ppid == me)
        {
            kill(static_cast<pid_t>(-pid), SIGKILL);
            kill(static_cast<pid_t>(pid), SIGKILL);
        }
    }
    closedir(proc);
}
}

void Watchdog::watch()
{
    std::unique_lock<std::mutex> lock(mutex_);
    while (!done_)
        if (wake_.wait_until(lock, started_ + limit_) == std::cv_status::timeout && !done_
            && std::chrono::steady_clock::now() >= started_ + limit_)
        {
            std::fprintf(stderr,
                         "\nrobustness: FAILED: the office did not answer for %lld s while "
                         "%s; ending it\n",
                         static_cast<long long>(limit_.count()), what_.c_str());
            end_child_processes();
            std::_Exit(1);
        }
}
}
