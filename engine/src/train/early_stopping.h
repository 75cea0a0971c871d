#pragma once

namespace faicls::train {

/// Early stopping on a metric to maximise (validation F1): stop after `patience` evaluations
/// without a strictly better value.
class EarlyStopping {
public:
    explicit EarlyStopping(int patience) : m_patience(patience) {}

    /// Records an evaluation; returns whether it is the best so far.
    bool record(double value) {
        if (!m_seen || value > m_best) {
            m_seen = true;
            m_best = value;
            m_withoutImprovement = 0;
            return true;
        }
        ++m_withoutImprovement;
        return false;
    }
    bool shouldStop() const { return m_withoutImprovement >= m_patience; }
    bool seen() const { return m_seen; }
    int withoutImprovement() const { return m_withoutImprovement; }
    /// Back to a saved state (resuming a run).
    void restore(bool seen, double best, int withoutImprovement) {
        m_seen = seen;
        m_best = best;
        m_withoutImprovement = withoutImprovement;
    }
    double best() const { return m_seen ? m_best : 0.0; }

private:
    int m_patience;
    bool m_seen = false;
    double m_best = 0;
    int m_withoutImprovement = 0;
};

}  // namespace faicls::train
