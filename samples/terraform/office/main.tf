# An office reached over SSL-VPN on Alibaba Cloud, and a branch on Huawei Cloud P2C VPN.
# plan.json beside this file is what `terraform plan -out plan.out && terraform show -json plan.out`
# writes for it (by hand, to Terraform's documented JSON format): `vpnlint check plan.json` finds nothing.

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.230"
    }
    huaweicloud = {
      source  = "huaweicloud/huaweicloud"
      version = "~> 1.70"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "huaweicloud" {
  region = "cn-north-4"
}

variable "vpc_id" {
  description = "The VPC of the office gateway"
  default     = "vpc-bp1ub1yt9cvakoelj0001"
}

variable "p2c_gateway_id" {
  description = "The Huawei P2C VPN gateway the branch server is on"
  default     = "b0a3fe54-4bc9-4d3b-8e2a-2ad2d14bd6a0"
}

resource "alicloud_vpn_gateway" "office" {
  vpn_gateway_name = "office-gateway"
  description      = "Office VPN"
  vpc_id           = var.vpc_id
  bandwidth        = 100
  enable_ssl       = true
  ssl_connections  = 50
  payment_type     = "Subscription"
  period           = 1
  auto_pay         = true
}

resource "alicloud_ssl_vpn_server" "office" {
  name           = "office-ssl"
  vpn_gateway_id = alicloud_vpn_gateway.office.id
  client_ip_pool = "192.168.64.0/24"
  local_subnet   = "172.16.0.0/16,172.17.0.0/16"
  protocol       = "UDP"
  cipher         = "AES-256-CBC"
  port           = 1194
  compress       = false
}

resource "huaweicloud_vpn_server" "branch" {
  p2c_vgw_id       = var.p2c_gateway_id
  local_subnets    = ["10.20.0.0/16"]
  client_cidr      = "172.30.0.0/22"
  tunnel_protocol  = "SSL"
  client_auth_type = "LOCAL_PASSWORD"

  server_certificate {
    id = "scs1716171403922"
  }

  ssl_options {
    protocol             = "TCP"
    port                 = 443
    encryption_algorithm = "AES-256-GCM"
    is_compressed        = false
  }
}
