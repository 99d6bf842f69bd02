namespace VpnLint.Rules.Apis;

public enum Cloud
{
    Alibaba,
    Huawei,
}
