// A hang fails the run instead of stalling it: a thread that, when a step
// takes longer than its limit, says which step, ends the processes this
// test binary started (the office among them) and exits with failure.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace tokwatt_test
{
// Watches one step at a time: step() names the next and restarts the clock.
class Watchdog
{
public:
    explicit Watchdog(std::chrono::seconds limit) : limit_(limit), thread_([this] { watch(); })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }
    void step(const std::string& what)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        what_ = what;
        started_ = std::chrono::steady_clock::now();
        wake_.notify_one();
    }

private:
    void watch();

    const std::chrono::seconds limit_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::string what_ = "starting";
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    bool done_ = false;
    std::thread thread_;
};
}
