variable "vpc_id" {
  description = "The VPC of the gateway"
}

variable "office_cidr" {
  description = "The office network the clients reach"
}

resource "alicloud_vpn_gateway" "this" {
  vpn_gateway_name = "1st-gateway"
  vpc_id           = var.vpc_id
  bandwidth        = 5
  enable_ssl       = true
  ssl_connections  = 10
  payment_type     = "PayAsYouGo"
  # auto_pay is not set: the provider sends AutoPay true, which does nothing on a pay-as-you-go gateway.
}

resource "alicloud_ssl_vpn_server" "office" {
  count          = 2
  name           = "office-${count.index}"
  vpn_gateway_id = alicloud_vpn_gateway.this.id
  client_ip_pool = cidrsubnet("192.168.0.0/16", 11, count.index)
  local_subnet   = var.office_cidr
  cipher         = "none"
}

output "gateway_id" {
  description = "The office gateway"
  value       = alicloud_vpn_gateway.this.id
}
