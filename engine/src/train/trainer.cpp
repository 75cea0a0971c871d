#include "faicls/trainer.h"

#include "faicls/engine_error.h"
#include "train/training_run.h"

namespace faicls {

Trainer::Trainer(TrainingRequest request) : m_request(std::move(request)) {}
Trainer::~Trainer() = default;

TrainingSummary Trainer::run(TrainingListener* listener, JobHandle* job) {
    TrainingListener silent;
    JobOrSilent handle(job);
    try {
        return train::TrainingRun(m_request, listener ? *listener : silent, *handle).run();
    } catch (const EngineError& error) {
        // Cancelled before the first epoch (while scanning): nothing was written.
        if (error.code() != ErrorCode::Cancelled)
            throw;
        TrainingSummary summary;
        summary.cancelled = true;
        return summary;
    }
}

}  // namespace faicls
