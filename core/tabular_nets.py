"""Torch networks over the factor vector of one cell (tabular deep models of lsm:trainmodel).

A table row (the standardised, one-hot encoded factors of a cell) is read as a 1-D signal of
length F with one channel, so that 1-D convolutions mix neighbouring factors:

  cnn_lstm_sam  CNN-LSTM with a spatial attention module (SAM): two 1-D convolution layers (ReLU),
                then the attention map sigma(conv([max over channels; mean over channels])) (a 7-wide
                convolution of the channel-wise max- and average-pooled maps, as CBAM's spatial
                attention) multiplies the feature maps, then an LSTM reads the F positions in order
                and its last hidden state goes through dropout to the output layer.
  cnn           the plain 1-D CNN baseline: the same two convolution layers, flattened, one hidden
                dense layer, the output layer.

Both end in one logit, the landslide log-odds: a two-unit softmax, as the papers write it, is the
logistic function of the difference of its two logits, so one logit is the same model with one
redundant parameter set removed (TorchMLPClassifier's loss, the binary cross-entropy, applies).

API: build_cnn_lstm_sam(n_inputs, channels, kernel_size, lstm_units, dropout),
build_cnn(n_inputs, channels, kernel_size, hidden_units, dropout) -> torch.nn.Module (N, F) -> (N, 1).
"""

#: width of the convolution of the spatial attention map (CBAM, Woo et al. 2018, uses 7)
SAM_KERNEL = 7


def _conv_stack(nn, channels, kernel_size):
    layers, previous = [], 1
    for out in channels:
        layers += [nn.Conv1d(previous, int(out), int(kernel_size), padding=int(kernel_size) // 2), nn.ReLU()]
        previous = int(out)
    return nn.Sequential(*layers), previous


def build_cnn_lstm_sam(n_inputs, channels=(32, 64), kernel_size=3, lstm_units=64, dropout=0.2):
    """CNN -> spatial attention -> LSTM -> logit, for rows of *n_inputs* values."""
    import torch
    from torch import nn

    class CnnLstmSam(nn.Module):
        def __init__(self):
            super().__init__()
            self.features, width = _conv_stack(nn, channels, kernel_size)
            self.attention = nn.Conv1d(2, 1, SAM_KERNEL, padding=SAM_KERNEL // 2)
            self.lstm = nn.LSTM(width, int(lstm_units), batch_first=True)
            self.dropout = nn.Dropout(float(dropout))
            self.out = nn.Linear(int(lstm_units), 1)

        def forward(self, x):
            maps = self.features(x.unsqueeze(1))  # (N, C, F)
            pooled = torch.cat([maps.amax(dim=1, keepdim=True), maps.mean(dim=1, keepdim=True)], dim=1)
            maps = maps * torch.sigmoid(self.attention(pooled))
            _, (hidden, _) = self.lstm(maps.transpose(1, 2))  # sequence over the F positions
            return self.out(self.dropout(hidden[-1]))

    return CnnLstmSam()


def build_cnn(n_inputs, channels=(32, 64), kernel_size=3, hidden_units=64, dropout=0.2):
    """The plain 1-D CNN baseline: convolutions, flatten, one hidden dense layer, logit."""
    from torch import nn

    features, width = _conv_stack(nn, channels, kernel_size)
    return nn.Sequential(
        nn.Unflatten(1, (1, int(n_inputs))),
        features,
        nn.Flatten(),
        nn.Linear(width * int(n_inputs), int(hidden_units)),
        nn.ReLU(),
        nn.Dropout(float(dropout)),
        nn.Linear(int(hidden_units), 1),
    )
